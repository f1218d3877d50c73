using GridFlow.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace GridFlow.Server.Tests.Accounts.Support;

/// <summary>Identity's hasher, counting verifications: a sign-in that verified no hash answered faster than one that did.</summary>
public sealed class CountingPasswordHasher(IPasswordHasher<GridFlowUser> inner, PasswordVerifications verifications) : IPasswordHasher<GridFlowUser>
{
    public string HashPassword(GridFlowUser user, string password) => inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(GridFlowUser user, string hashedPassword, string providedPassword)
    {
        verifications.Add();
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
