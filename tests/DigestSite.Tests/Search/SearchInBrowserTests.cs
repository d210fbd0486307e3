using System.Text.Json;
using DigestSite.Search;
using DigestSite.Tests.Preview;
using Microsoft.Playwright;

namespace DigestSite.Tests.Search;

/// <summary>
/// The search page in Debian's Chromium, driven by Playwright, on a built site of generated digests: the reader
/// types, and the results, their count, highlighting, filters, paging and address follow. Checks the done-when
/// list of issue 22 on this corpus (DIGESTSITE_SEARCH_DIGESTS=4000 runs them on the 4,000-digest one).
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class SearchInBrowserTests(ChromiumFixture chromium, GeneratedSearchSite site) : IClassFixture<GeneratedSearchSite>
{
    private const string Titles = "[...document.querySelectorAll('[data-search-results] h2 a')].map(a => a.textContent)";

    private async Task<IPage> OpenAsync(string query = "")
    {
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(site.Root + "/search/" + (query.Length > 0 ? "?q=" + Uri.EscapeDataString(query) : ""));
        await page.WaitForFunctionAsync("document.querySelector('[data-search]').hasAttribute('data-search-shown')");
        return page;
    }

    /// <summary>Types a query as a reader would (key by key) and waits until its results are shown.</summary>
    private static async Task TypeAsync(IPage page, string query)
    {
        await page.FillAsync("[data-search-input]", "");
        await page.TypeAsync("[data-search-input]", query, new() { Delay = 20 });
        await WaitShownAsync(page, query);
    }

    private static Task WaitShownAsync(IPage page, string query) =>
        page.WaitForFunctionAsync($"document.querySelector('[data-search]').getAttribute('data-search-shown') === {JsonSerializer.Serialize(query)}");

    private static async Task<string> StatusAsync(IPage page) => (await page.TextContentAsync("[data-search-status]"))!;

    /// <summary>The number of digests the status line says match ("123 digests match.").</summary>
    private static async Task<int> CountAsync(IPage page)
    {
        var status = await StatusAsync(page);
        if (status.StartsWith("No digest", StringComparison.Ordinal)) return 0;
        if (status.StartsWith("1 digest ", StringComparison.Ordinal)) return 1;
        return int.Parse(status[..status.IndexOf(' ')]);
    }

    private GeneratedSearchSite.Record RecordOf(string title) => site.Records.First(r => r.Title == title);

    [Fact]
    public async Task Ai_finds_only_the_digests_with_the_word_AI_or_A_I()
    {
        var page = await OpenAsync();
        await TypeAsync(page, "ai");
        var expected = site.Records.Count(r => r.Words.Contains("ai"));
        Assert.True(site.Records.Count(r => r.Text.Contains("said", StringComparison.Ordinal)) > expected, "the corpus has words that hold 'ai'");
        Assert.Equal(expected, await CountAsync(page));
        var titles = await page.EvaluateAsync<string[]>(Titles);
        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.Contains("ai", RecordOf(t).Words));
        // Both of the digests written here: "A.I." in a title, and in a paragraph.
        await TypeAsync(page, "A.I. triage");
        Assert.Equal(GeneratedSearchSite.AiTitle, (await page.EvaluateAsync<string[]>(Titles))[0]);
        var marks = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('[data-search-results] li:first-child mark')].map(m => m.textContent)");
        Assert.Contains("A.I.", marks);
        Assert.Contains("triage", marks);
    }

    [Fact]
    public async Task A_word_only_in_a_paragraph_is_found_and_marked_in_the_excerpt()
    {
        var page = await OpenAsync();
        await TypeAsync(page, "zeppelin"); // the digest says "zeppelins": forms of a word meet
        Assert.Equal(["Airship museum reopens its hangar"], await page.EvaluateAsync<string[]>(Titles));
        Assert.Equal("zeppelins", await page.TextContentAsync("[data-search-results] .summary mark"));
        Assert.Equal("1 digest matches.", await StatusAsync(page));
    }

    [Fact]
    public async Task The_exact_title_ranks_its_digest_first()
    {
        var unique = site.Records.GroupBy(r => r.Title).Where(g => g.Count() == 1).Select(g => g.Key).ToList();
        var page = await OpenAsync();
        foreach (var title in new[] { unique[unique.Count / 3], unique[2 * unique.Count / 3] })
        {
            await TypeAsync(page, title);
            Assert.Equal(title, (await page.EvaluateAsync<string[]>(Titles))[0]);
        }
    }

    [Fact]
    public async Task A_topic_name_ranks_the_digests_of_that_topic_first()
    {
        var page = await OpenAsync();
        // A topic of a few digests whose name is more than one word (a person or a place).
        var topic = site.Records.SelectMany(r => r.Topics).GroupBy(t => t).Where(g => g.Count() is >= 3 and <= 30 && g.Key.Contains(' '))
            .OrderBy(g => g.Count()).Select(g => g.Key).First();
        var carrying = site.Records.Count(r => r.Topics.Contains(topic));
        await TypeAsync(page, topic);
        var titles = await page.EvaluateAsync<string[]>(Titles);
        Assert.All(titles.Take(Math.Min(carrying, 10)), t => Assert.Contains(topic, RecordOf(t).Topics));
    }

    [Fact]
    public async Task A_prefix_finds_the_words_it_begins_and_a_quoted_phrase_matches_as_written()
    {
        var page = await OpenAsync();
        await TypeAsync(page, "minis");
        Assert.True(await CountAsync(page) > 0);
        var marks = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('[data-search-results] mark')].map(m => m.textContent)");
        Assert.Contains(marks, m => m.StartsWith("Minis", StringComparison.OrdinalIgnoreCase));

        // Three words from a paragraph, quoted: every result holds them in that order.
        var words = WordSplitter.Words(site.Records[site.Records.Count / 2].Text.Split('\n').Last()).Select(w => w.Word).Take(3).ToList();
        var phrase = string.Join(' ', words);
        await TypeAsync(page, $"\"{phrase}\"");
        var titles = await page.EvaluateAsync<string[]>(Titles);
        Assert.NotEmpty(titles);
        var folded = string.Join(' ', words.Select(WordFolding.Fold));
        Assert.All(titles, t => Assert.Contains(folded, string.Join(' ', RecordOf(t).Words)));
    }

    [Fact]
    public async Task Filters_narrow_by_topic_and_year_and_pages_go_past_the_first_results()
    {
        var page = await OpenAsync();
        await TypeAsync(page, "said");
        var all = await CountAsync(page);
        Assert.True(all > 10, $"{all} results");
        Assert.Matches(@"Page 1 of \d+\.", await StatusAsync(page));
        var first = await page.EvaluateAsync<string[]>(Titles);
        Assert.Equal(10, first.Length);
        await page.ClickAsync("[data-search-next]");
        await page.WaitForFunctionAsync("/Page 2 of/.test(document.querySelector('[data-search-status]').textContent)");
        var second = await page.EvaluateAsync<string[]>(Titles);
        Assert.Empty(first.Intersect(second));
        Assert.Contains("page=2", page.Url);

        var year = (await page.EvaluateAsync<string[]>("[...document.querySelectorAll('[data-search-year] option')].map(o => o.value)"))[1];
        await page.SelectOptionAsync("[data-search-year]", year);
        await page.WaitForFunctionAsync($"new URL(location.href).searchParams.get('year') === '{year}' && !/Page 2 of/.test(document.querySelector('[data-search-status]').textContent)");
        var times = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('[data-search-results] time')].map(t => t.getAttribute('datetime'))");
        Assert.NotEmpty(times);
        Assert.All(times, t => Assert.StartsWith(year, t));
        Assert.True(await CountAsync(page) < all);

        await page.SelectOptionAsync("[data-search-year]", "");
        var topicOption = await page.EvaluateAsync<string[]>("(() => { const o = document.querySelectorAll('[data-search-topic] option')[1]; return [o.value, o.textContent]; })()");
        var topic = topicOption[1][..topicOption[1].LastIndexOf(" (", StringComparison.Ordinal)];
        await page.SelectOptionAsync("[data-search-topic]", topicOption[0]);
        await page.WaitForFunctionAsync("new URL(location.href).searchParams.has('topic') && !new URL(location.href).searchParams.has('year')");
        await page.WaitForFunctionAsync($"[...document.querySelectorAll('[data-search-results] h2 a')].length > 0");
        Assert.All(await page.EvaluateAsync<string[]>(Titles), t => Assert.Contains(topic, RecordOf(t).Topics));
    }

    [Fact]
    public async Task A_shared_address_searches_on_load_fetching_only_the_shards_of_its_words()
    {
        var page = await chromium.Browser.NewPageAsync();
        var fetched = new List<string>();
        page.Request += (_, request) => fetched.Add(new Uri(request.Url).AbsolutePath);
        await page.GotoAsync(site.Root + "/search/?q=zeppelins");
        await page.WaitForFunctionAsync("document.querySelector('[data-search]').getAttribute('data-search-shown') === 'zeppelins'");
        Assert.Equal("zeppelins", await page.InputValueAsync("[data-search-input]"));
        Assert.Equal(["Airship museum reopens its hangar"], await page.EvaluateAsync<string[]>(Titles));
        var shards = fetched.Where(p => p.StartsWith("/search/s/", StringComparison.Ordinal)).Distinct().ToList();
        Assert.InRange(shards.Count, 1, 2);
        Assert.True(shards.Count < Directory.GetFiles(Path.Combine(site.Site.Output, "search", "s")).Length);
        Assert.Single(fetched.Where(p => p.StartsWith("/search/d/", StringComparison.Ordinal)).Distinct());
    }

    [Fact]
    public async Task The_keyboard_moves_from_the_box_to_the_results_and_the_count_is_announced()
    {
        var page = await OpenAsync();
        Assert.Equal("polite", await page.GetAttributeAsync("[data-search-status]", "aria-live"));
        await TypeAsync(page, "ministry");
        await page.Keyboard.PressAsync("ArrowDown");
        var first = await page.EvaluateAsync<string>("document.querySelector('[data-search-results] a').getAttribute('href')");
        Assert.Equal(first, await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.NotEqual(first, await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement === document.querySelector('[data-search-input]')"));
        Assert.Matches(@"^\d+ digests match\.", await StatusAsync(page));
    }
}
