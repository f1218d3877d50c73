using System.Net;
using GridFlow.Accounts.SignIn;

namespace GridFlow.Server.Tests.Accounts.SignIn;

public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void Of_CountsAnIPv6ClientByItsNetwork_AndAMappedIPv4ByItself(string address, string key)
    {
        Assert.Equal(key, ClientAddress.Of(IPAddress.Parse(address)));
    }

    [Fact]
    public void Of_NoAddress_IsUnknown()
    {
        Assert.Equal(ClientAddress.Unknown, ClientAddress.Of((IPAddress?)null));
    }
}
