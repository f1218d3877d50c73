using GridFlow.Server.Extensions;
using GridFlow.ServiceDefaults.Extensions;
using Microsoft.Extensions.Options;
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
catch (OptionsValidationException exception)
{
    // Bad configuration (options are validated at start): say exactly what is wrong and stop.
    Log.Fatal("GridFlow cannot start, the configuration is invalid: {Reason}", exception.Message);
    return 1;
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "GridFlow stopped: {Reason}", exception.Message);
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
