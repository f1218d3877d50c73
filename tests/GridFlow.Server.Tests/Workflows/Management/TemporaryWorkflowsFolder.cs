namespace GridFlow.Server.Tests.Workflows.Management;

/// <summary>A temporary copy of the repository's workflows folder (found the way the host finds it), deleted on dispose.</summary>
public sealed class TemporaryWorkflowsFolder : IDisposable
{
    private TemporaryWorkflowsFolder(string path) => Path = path;

    public string Path { get; }

    public static TemporaryWorkflowsFolder Create()
    {
        var source = new DirectoryInfo(AppContext.BaseDirectory);
        while (!Directory.Exists(System.IO.Path.Combine(source.FullName, "workflows", "schema")))
        {
            source = source.Parent ?? throw new DirectoryNotFoundException("No workflows folder above the test binaries.");
        }

        var target = Directory.CreateTempSubdirectory("gridflow-workflows-").FullName;
        foreach (var file in Directory.EnumerateFiles(System.IO.Path.Combine(source.FullName, "workflows"), "*.json"))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        return new TemporaryWorkflowsFolder(target);
    }

    public string FilePath(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
