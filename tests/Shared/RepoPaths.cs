namespace GridFlow.Testing;

/// <summary>
/// Finds the repository root by walking up from the test binaries to GridFlow.sln. One file, linked into each test
/// project that reads the source tree (workflow files, templates, project files, docs).
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Src => Path.Combine(Root, "src");

    public static string Workflows => Path.Combine(Root, "workflows");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GridFlow.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GridFlow.sln not found above " + AppContext.BaseDirectory);
    }
}
