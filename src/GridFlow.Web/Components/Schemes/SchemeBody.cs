using System.Text;

namespace GridFlow.Web.Components.Schemes;

/// <summary>
/// The scheme handlers read their body themselves (a size limit, JSON-pointer problems): the console hands them a request
/// whose body is the document, as the API's client would send it.
/// </summary>
public static class SchemeBody
{
    public static HttpRequest Of(SchemeDocument document)
    {
        var bytes = Encoding.UTF8.GetBytes(document.Root.ToJsonString());
        var request = new DefaultHttpContext().Request;
        request.Body = new MemoryStream(bytes);
        request.ContentLength = bytes.Length;
        request.ContentType = "application/json";
        return request;
    }
}
