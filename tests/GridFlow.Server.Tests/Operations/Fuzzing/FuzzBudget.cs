namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>
/// How much the run does: a fixed seed, and a bounded number of requests per operation and role, chosen to keep the
/// whole run near a minute on a two-core CI machine. Admin and inspector (the widest and the narrowest scope) get
/// the most; anonymous callers a couple each, since they only ever get as far as the sign-in check.
/// </summary>
public static class FuzzBudget
{
    public const int Seed = 20261201;

    /// <summary>No single request may take longer: nothing a caller sends should make the server work for seconds.</summary>
    public static readonly TimeSpan MaxRequestTime = TimeSpan.FromSeconds(10);

    public static int CasesFor(ApiOperation operation, string role) =>
        operation.RequiresCaller
            ? role switch { FuzzRoles.Anonymous => 3, "admin" => 24, "inspector" => 20, _ => 10 }
            // Signing in needs no caller: the role makes no difference, and each sign-in hashes a password.
            : role switch { FuzzRoles.Anonymous => 20, "admin" => 4, _ => 0 };

    /// <summary>The random source of one operation and role: stable across runs, and unchanged when other operations are added.</summary>
    public static Random RandomFor(ApiOperation operation, string role)
    {
        // FNV-1a: string.GetHashCode differs from process to process.
        var hash = 2166136261u;
        foreach (var c in $"{Seed}|{operation.Key}|{role}")
        {
            hash = (hash ^ c) * 16777619u;
        }

        return new Random((int)hash);
    }
}
