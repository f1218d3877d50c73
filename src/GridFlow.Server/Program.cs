using GridFlow.Server.Extensions;
using GridFlow.ServiceDefaults.Extensions;
using Serilog;

// A plain console logger until the host's own Serilog (from configuration) takes over.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddServiceDefaults();
    builder.AddApplicationServices();

    var app = builder.Build();
    app.UseServiceDefaults();
    app.UseApplication();
    app.MapDefaultEndpoints();
    app.MapApplicationEndpoints();
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    // Bad configuration lands here (options are validated at start): say what is wrong and stop.
    Log.Fatal(exception, "GridFlow stopped: {Reason}", exception.Message);
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
