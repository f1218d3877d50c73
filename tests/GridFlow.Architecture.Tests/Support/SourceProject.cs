using System.Xml.Linq;
using GridFlow.Testing;

namespace GridFlow.Architecture.Tests.Support;

/// <summary>A project under <c>src/</c>: its name, the projects it references, and its C# files (migrations excluded).</summary>
internal sealed record SourceProject(string Name, string Directory, IReadOnlySet<string> References)
{
    public static IReadOnlyList<SourceProject> All { get; } = Load();

    public IEnumerable<(string Path, string Text)> CodeFiles() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.cs", SearchOption.AllDirectories)
            .Where(p => !IsUnder(p, "obj") && !IsUnder(p, "bin") && !IsUnder(p, "Migrations"))
            .Select(p => (Path.GetRelativePath(RepoPaths.Root, p), File.ReadAllText(p)));

    private bool IsUnder(string path, string folder) =>
        Path.GetRelativePath(Directory, path).Split(Path.DirectorySeparatorChar).SkipLast(1).Contains(folder);

    private static List<SourceProject> Load() =>
        System.IO.Directory.EnumerateDirectories(RepoPaths.Src)
            .Select(dir => (dir, csproj: Path.Combine(dir, Path.GetFileName(dir) + ".csproj")))
            .Where(p => File.Exists(p.csproj))
            .Select(p => new SourceProject(
                Path.GetFileName(p.dir),
                p.dir,
                XDocument.Load(p.csproj).Descendants("ProjectReference")
                    .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
                    .ToHashSet(StringComparer.Ordinal)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
}
