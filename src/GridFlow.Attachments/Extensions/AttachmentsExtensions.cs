using GridFlow.Attachments.Apis;
using GridFlow.Attachments.Contracts;
using GridFlow.ServiceDefaults.Options;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GridFlow.Attachments.Extensions;

/// <summary>Wires the attachments module: upload settings, the lookup other modules use, and the endpoints.</summary>
public static class AttachmentsExtensions
{
    public static IHostApplicationBuilder AddAttachments(this IHostApplicationBuilder builder)
    {
        builder.AddCheckedOptions<AttachmentOptions>(AttachmentOptions.Section);
        builder.Services.AddScoped<AttachmentUploads>();
        builder.Services.AddScoped<AttachmentUploader>();
        return builder;
    }

    public static IEndpointRouteBuilder MapAttachmentsApi(this IEndpointRouteBuilder app) => app.MapAttachmentEndpoints();
}
