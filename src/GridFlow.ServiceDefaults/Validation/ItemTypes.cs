namespace GridFlow.ServiceDefaults.Validation;

/// <summary>What a list holds, for the request checks that look into lists.</summary>
internal static class ItemTypes
{
    /// <summary>The item type of an array or of a generic list type; null if it is neither.</summary>
    public static Type? Of(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
}
