namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>
/// Where the browser tests find Debian's Chromium (which <c>./gridflow test</c> installs and names in
/// <c>GRIDFLOW_CHROMIUM</c>) and where they put their screenshots (<c>.gridflow/screenshots/</c>, git-ignored).
/// Playwright's own browser download is never used.
/// </summary>
public static class BrowserPaths
{
    public static string Chromium { get; } = Find();

    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(GridFlow.Testing.RepoPaths.Root, ".gridflow", "screenshots")).FullName;

    private static string Find()
    {
        foreach (var candidate in new[] { Environment.GetEnvironmentVariable("GRIDFLOW_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" })
        {
            if (!string.IsNullOrEmpty(candidate) && File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Chromium was not found: run the tests with ./gridflow test (which installs Debian's chromium), or set GRIDFLOW_CHROMIUM.");
    }
}
