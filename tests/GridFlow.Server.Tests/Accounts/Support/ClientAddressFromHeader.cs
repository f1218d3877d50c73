using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace GridFlow.Server.Tests.Accounts.Support;

/// <summary>
/// Test host only: the in-memory server has no remote address, so a request names the one it comes from in
/// <see cref="Header"/>, before any of GridFlow's middleware reads <c>Connection.RemoteIpAddress</c>.
/// </summary>
public sealed class ClientAddressFromHeader : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, following) =>
        {
            if (IPAddress.TryParse(http.Request.Headers[Header].ToString(), out var address))
            {
                http.Connection.RemoteIpAddress = address;
            }

            return following(http);
        });
        next(app);
    };
}
