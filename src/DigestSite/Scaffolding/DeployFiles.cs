namespace DigestSite.Scaffolding;

/// <summary>
/// The files <c>new site</c> writes for publishing from a git host: a GitHub Actions workflow that builds the site
/// on every push and every hour (so a digest dated in the future appears within the hour after its time, with no
/// push) and deploys it to GitHub Pages, and a <c>.gitignore</c> for what a build leaves in the site folder.
/// </summary>
internal static class DeployFiles
{
    public const string WorkflowPath = ".github/workflows/publish.yml";

    /// <summary>The step that installs the tool is named <see cref="InstallStep"/>; every other <c>run</c> step is
    /// a command of the site's own build (the tests run those on a fresh clone).</summary>
    public const string InstallStep = "Install DigestSite";

    public static string Workflow => $$$"""
        # Builds the site and deploys it to GitHub Pages: on every push to main, every hour (a digest dated in
        # the future appears within the hour after its time comes), and by hand (Actions > Publish > Run workflow).
        # Once: in the repository's Settings > Pages, set "Source" to "GitHub Actions".
        name: Publish

        on:
          push:
            branches: [main]
          schedule:
            - cron: "23 * * * *"
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: "10.0.x"
              - name: {{{InstallStep}}}
                run: dotnet tool install --global DigestSite.Tool
              - id: pages
                uses: actions/configure-pages@v5
              - name: Check the digests
                run: digestsite check . --base-url "${{ steps.pages.outputs.base_url }}/"
              - name: Build the site
                run: digestsite build . --clean --base-url "${{ steps.pages.outputs.base_url }}/"
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: output

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """;

    public const string GitIgnore = """
        # What a build makes: the site (paths.output) and its incremental build cache.
        /output/
        /.digestsite/

        """;
}
