namespace DigestSite.Scaffolding;

/// <summary>The text of the files that <c>digestsite new</c> writes. The example digest doubles as a short
/// guide to the layout, so a new user learns it by reading the one file they already have.</summary>
internal static class StarterFiles
{
    public const string Config = """
        # DigestSite settings for this site. Every key is optional: delete a line to get its default
        # (the values below are the defaults). The README describes each key.

        site:
          title: "News Digest"                # shown in every page header and in the feeds
          description: ""                     # one sentence for search engines and feed readers
          baseUrl: "http://localhost:5080/"   # where the site will live (absolute); used for canonical links, feeds, sitemaps
          language: "en"                      # the pages' language
          publisher: ""                       # name used in JSON-LD and the Google News sitemap
          timezone: "UTC"                     # dates written without a zone are in this one (an IANA name, e.g. Europe/Paris)
          cname: ""                           # custom domain written to CNAME by `digestsite publish --git`

        paths:
          input: "input"                      # the digest files (.txt or .md); DigestSite only reads them
          theme: "theme"                      # your own templates; any that are missing come from the built-in theme
          output: "output"                    # where `digestsite build` writes the site

        pageSize: 20                          # digests per page on the home, topic and archive pages

        topics:
          auto: true                          # find topics in the text as well as in front matter
          minDigests: 1                       # a topic gets a page once this many digests carry it
          aliases: {}                         # one topic, several names, e.g. "United States": [US, USA, America]
          exclude: []                         # topics never to show, e.g. [Monday]

        feeds:
          items: 50                           # entries in RSS, Atom and JSON Feed, site-wide and per topic

        validation:
          failOn: "error"                     # error | warning | never: what makes a build exit with code 1
          checkLinks: true                    # check every link between the built pages

        content:
          storyMarkers: []                    # lines accepted for "What's the story"; empty: those of site.language and English

        # Authors that digests name with `author: key`: the name, a short bio, a link and a portrait.
        authors: {}
        #  jdoe: {name: "Jane Doe", bio: "Covers ports and shipping.", url: "https://example.org/jane", image: "/img/jane.jpg"}

        """;

    public static string ExampleDigest(DateOnly date) => $"""
        ---
        # Front matter: optional YAML between the two '---' lines. Each key overrides what DigestSite would
        # otherwise work out (the title from the first line, the date from the file name).
        title: "Welcome to your new digest site"
        date: {date:yyyy-MM-dd}
        topics: [Getting started]
        # author: jdoe                        # a name, a list of names, or keys of authors: in statiq.yml
        # image: photos/harbour.jpg           # beside this file, under input/ or static/, or an https:// URL
        # imageAlt: "What the picture shows"  # required with image
        ---

        Welcome to your new digest site
        What's the story
        This is an example digest: DigestSite turns each file in the input folder into a page of the site.
        A digest starts with its title on the first line, then a line that says What's the story, then the paragraphs of the story.
        Each paragraph is a single line that ends like a sentence, with a full stop, a question mark or an exclamation mark.
        How it is laid out
        Sections follow the story, each with a label and a headline
        A section starts with a short label on a line of its own, a few words without a full stop.
        The next line is the section's headline, which has no full stop either, and then come its paragraphs.
        Blank lines may go anywhere; they carry no meaning.
        A paragraph may hold *emphasis*, **strong words** and [links](https://example.org/guide); a bare https://example.org address becomes a link too.
        Source: [DigestSite's guide](https://example.org/guide)
        Next steps
        Write your own digest and build the site
        Run digestsite new digest "Your title" to start a new digest dated today; it begins as a draft.
        Run digestsite build to build the site into the output folder, or digestsite preview to see it in a browser.
        Delete this example once you no longer need it.

        """;

    /// <summary>The skeleton's lines that are instructions, not news: a digest that still holds one is not
    /// finished (publish warns about it).</summary>
    public static readonly IReadOnlyList<string> Placeholders =
    [
        "Write the story here in a few sentences, one paragraph a line, each ending like a sentence.",
        "The section's headline, without a full stop",
        "Write the section's paragraphs here, one a line; copy these three lines for each further section.",
    ];

    public static string DigestSkeleton(string title, DateOnly date) => $"""
        ---
        title: {YamlQuoted(title)}
        date: {date:yyyy-MM-dd}
        topics: []
        # source: https://example.org/link-to-the-original-report
        # sources: [https://example.org/a, https://example.org/b]   # items may also be title and url pairs
        # author: Your Name                   # or [Name, Name], or keys of authors: in statiq.yml
        # updated: {date:yyyy-MM-dd}T18:00         # the last edit, shown as "Updated ..."
        # correction: "What was wrong and what is right now."
        # image: photos/picture.jpg           # beside this file, under input/ or static/, or an https:// URL
        # imageAlt: "What the picture shows"  # required with image
        # imageCaption: "A caption"
        # imageCredit: "Photographer / Agency"
        # A draft stays out of the site (build with --drafts to see it). Delete the next line to publish.
        draft: true
        ---

        {title}
        What's the story
        {Placeholders[0]}
        Section label
        {Placeholders[1]}
        {Placeholders[2]}

        """;

    /// <summary>A YAML double-quoted scalar: backslashes and quotes escaped, nothing else needs it on one line.</summary>
    private static string YamlQuoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
