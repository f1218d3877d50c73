using GridFlow.Contracts.Regions;

namespace GridFlow.Web.Components.Shared;

/// <summary>A region as a picker lists it: the tree flattened in order, each with its depth for indenting.</summary>
public sealed record RegionChoice(string Id, string Name, string Level, int Depth)
{
    public static List<RegionChoice> Flatten(IEnumerable<RegionNode> roots)
    {
        var choices = new List<RegionChoice>();
        void Add(RegionNode node, int depth)
        {
            choices.Add(new RegionChoice(node.Id, node.Name, node.Level, depth));
            foreach (var child in node.Children)
            {
                Add(child, depth + 1);
            }
        }

        foreach (var root in roots)
        {
            Add(root, 0);
        }

        return choices;
    }

    /// <summary>The name indented by non-breaking spaces, as a select's item shows it.</summary>
    public string Indented => new string('\u00a0', Depth * 3) + Name;
}
