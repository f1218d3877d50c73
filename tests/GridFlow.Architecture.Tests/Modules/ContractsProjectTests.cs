using System.Xml.Linq;
using GridFlow.Testing;

namespace GridFlow.Architecture.Tests.Modules;

/// <summary>The contracts are plain types any client can reference: no project, package or framework beyond .NET's base.</summary>
public sealed class ContractsProjectTests
{
    [Fact]
    public void Contracts_ReferenceNothing()
    {
        var project = XDocument.Load(Path.Combine(RepoPaths.Src, "GridFlow.Contracts", "GridFlow.Contracts.csproj"));

        Assert.Empty(project.Descendants("ProjectReference"));
        Assert.Empty(project.Descendants("PackageReference"));
        Assert.Empty(project.Descendants("FrameworkReference"));
    }
}
