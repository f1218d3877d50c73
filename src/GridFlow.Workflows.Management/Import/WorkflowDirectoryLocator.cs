namespace GridFlow.Workflows.Management.Import;

/// <summary>Finds the folder of definition files: the configured one, or the nearest <c>workflows/</c> with a <c>schema</c> subfolder.</summary>
public static class WorkflowDirectoryLocator
{
    private const string FolderName = "workflows";

    /// <summary>The folder, or null when none is configured and none was found.</summary>
    public static string? Find(WorkflowOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Directory))
        {
            return Path.GetFullPath(options.Directory);
        }

        // The app's own folder first (/app/workflows in the image), then wherever it was started from (the repository).
        return SearchUpward(AppContext.BaseDirectory) ?? SearchUpward(Directory.GetCurrentDirectory());
    }

    private static string? SearchUpward(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FolderName);
            if (Directory.Exists(Path.Combine(candidate, "schema")))
            {
                return candidate;
            }
        }

        return null;
    }
}
