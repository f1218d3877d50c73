namespace GridFlow.Workflows.Core.Models;

/// <summary>A case of a switch: the first whose condition is truthy names the port taken.</summary>
public sealed record SwitchCase(string Name, string Condition);
