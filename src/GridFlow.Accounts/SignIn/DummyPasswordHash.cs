using System.Security.Cryptography;

namespace GridFlow.Accounts.SignIn;

/// <summary>
/// A hash of a random password, made once by the configured hasher, that a sign-in for an unknown user name is
/// checked against: the unknown name then costs the same key derivation as a wrong password, so the time of the
/// answer does not tell which names exist.
/// </summary>
public sealed class DummyPasswordHash
{
    private static readonly GridFlowUser Nobody = new() { UserName = "" };

    private string? hash;

    public void Verify(IPasswordHasher<GridFlowUser> hasher, string password)
    {
        var dummy = LazyInitializer.EnsureInitialized(ref hash, () => hasher.HashPassword(Nobody, Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));
        _ = hasher.VerifyHashedPassword(Nobody, dummy, password);
    }
}
