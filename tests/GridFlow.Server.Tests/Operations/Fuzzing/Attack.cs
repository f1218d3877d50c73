namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>One way to spoil a valid request: where it applies, and what it does (it says so in <see cref="FuzzRequest.Attack"/>).</summary>
public sealed record Attack(string Name, Func<FuzzRequest, bool> AppliesTo, Action<FuzzRequest, ValueGenerator> Apply);
