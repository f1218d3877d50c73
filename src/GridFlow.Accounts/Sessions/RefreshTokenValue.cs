using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace GridFlow.Accounts.Sessions;

/// <summary>
/// A refresh token is 256 random bits, base64url; the database keeps only its SHA-256. A slow hash would buy nothing:
/// the token is not guessable, unlike a password.
/// </summary>
public static class RefreshTokenValue
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
