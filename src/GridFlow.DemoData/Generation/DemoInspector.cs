namespace GridFlow.DemoData.Generation;

/// <summary>A generated inspector: the name, phone number and e-mail are made up.</summary>
public sealed record DemoInspector(string Name, string Phone, string Email, InspectorStatus Status, DateOnly HireDate);
