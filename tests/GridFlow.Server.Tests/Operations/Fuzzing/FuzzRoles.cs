namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>Who the fuzz requests come from: nobody, and each demo account (the password of all is GridFlow!2026).</summary>
public static class FuzzRoles
{
    public const string Anonymous = "anonymous";

    public static readonly string[] SignedIn = ["admin", "designer", "city-supervisor", "county-supervisor", "township-officer", "inspector"];

    public static IEnumerable<string> All => SignedIn.Prepend(Anonymous);
}
