namespace DigestSite.Pages;

// View models of the pages that help readers find digests: the archive, search and "not found".
// Plain text throughout; templates escape it.

/// <summary>A month in the archive index: "November", its link and how many digests it holds.</summary>
public sealed record ArchiveMonthView(string Name, string Url, int Count);

public sealed record ArchiveYearView(int Year, int Count, IReadOnlyList<ArchiveMonthView> Months);

/// <summary><c>/archive/</c>: years newest first, each with its months newest first.</summary>
public sealed record ArchiveIndexView(int TotalCount, int MonthCount, IReadOnlyList<ArchiveYearView> Years);

/// <summary>The search page: where the script finds the index, and where to go without the script.</summary>
public sealed record SearchView(string IndexUrl, string ScriptUrl, IReadOnlyList<LinkView> Topics, int DigestCount);

/// <summary>The 404 page: the newest digests, so a lost reader has somewhere to go.</summary>
public sealed record NotFoundView(IReadOnlyList<DigestSummaryView> Latest);
