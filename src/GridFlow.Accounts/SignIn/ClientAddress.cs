using System.Net;
using System.Net.Sockets;

namespace GridFlow.Accounts.SignIn;

/// <summary>The client address sign-ins are counted by: the connection's remote address, an IPv6 client by its /64.</summary>
public static class ClientAddress
{
    /// <summary>The key of a connection without an address (the in-memory test server).</summary>
    public const string Unknown = "unknown";

    public static string Of(HttpContext http) => Of(http.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        // One IPv6 subscriber usually holds a whole /64: counting each of its addresses apart would give it 2^64 fresh starts.
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
