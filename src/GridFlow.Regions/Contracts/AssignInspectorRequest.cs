using System.ComponentModel.DataAnnotations;

namespace GridFlow.Regions.Contracts;

public sealed record AssignInspectorRequest([property: Required] Guid? InspectorId);
