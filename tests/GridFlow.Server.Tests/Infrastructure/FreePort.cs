using System.Net.Sockets;

namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>A TCP port nobody listens on right now (the system picks it).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
