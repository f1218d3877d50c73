namespace GridFlow.Architecture.Tests.Support;

/// <summary>Finds the repository root by walking up from the test binaries to GridFlow.sln.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Src => Path.Combine(Root, "src");

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
