using GridFlow.Data;
using Microsoft.Extensions.Options;

namespace GridFlow.Attachments.Apis;

/// <summary>What the attachment handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record AttachmentServices(GridFlowDbContext Db, IOptions<AttachmentOptions> Options, TimeProvider Clock);
