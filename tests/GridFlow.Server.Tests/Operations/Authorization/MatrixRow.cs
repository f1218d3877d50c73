namespace GridFlow.Server.Tests.Operations.Authorization;

/// <summary>One row of the matrix: an operation (<c>METHOD /path</c> as the OpenAPI document spells it), the object it is tried on, and the status per caller.</summary>
public sealed record MatrixRow(string Operation, string Object, IReadOnlyDictionary<string, int> Expected);
