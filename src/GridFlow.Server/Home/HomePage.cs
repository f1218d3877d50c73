namespace GridFlow.Server.Home;

/// <summary><c>GET /</c>: a small page pointing to the API reference, the health checks and the Studio.</summary>
public static class HomePage
{
    private const string Html = """
        <!doctype html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><title>GridFlow 网格化环境监管</title>
        <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;line-height:1.6}</style></head>
        <body>
        <h1>GridFlow</h1>
        <p>生态环境网格化监管平台 · Environmental grid supervision</p>
        <ul>
          <li><a href="/scalar">API 参考 · API reference</a> (<a href="/openapi/v1.json">OpenAPI</a>)</li>
          <li><a href="/health/live">存活 · Liveness</a> · <a href="/health/ready">就绪 · Readiness</a></li>
          <li>GridFlow Studio (流程设计) — coming with the Studio issue</li>
        </ul>
        </body>
        </html>
        """;

    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Content(Html, "text/html; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
