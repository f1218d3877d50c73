using System.Buffers.Binary;

namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>
/// PostGIS geometries as extended WKB (little-endian, SRID 4326), the form <c>geometry_recv</c> reads in a binary COPY.
/// Written by hand because the loader's plain connection has no NetTopologySuite plugin, and 400,000 tracks through
/// NTS objects would cost the client CPU the server needs.
/// </summary>
public static class Ewkb
{
    private const uint SridFlag = 0x20000000;
    private const uint MFlag = 0x40000000;
    private const int Srid = 4326;

    public static byte[] Point(double lon, double lat)
    {
        var bytes = new byte[1 + 4 + 4 + 16];
        var span = Header(bytes, 1);
        BinaryPrimitives.WriteDoubleLittleEndian(span, lon);
        BinaryPrimitives.WriteDoubleLittleEndian(span[8..], lat);
        return bytes;
    }

    /// <summary>A LINESTRING M: x = longitude, y = latitude, m = Unix seconds, as the app draws a track.</summary>
    public static byte[] LineStringM(ReadOnlySpan<TrackPoint> points)
    {
        var bytes = new byte[1 + 4 + 4 + 4 + (points.Length * 24)];
        var span = Header(bytes, 2 | MFlag);
        BinaryPrimitives.WriteInt32LittleEndian(span, points.Length);
        span = span[4..];
        foreach (var point in points)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(span, point.Lon);
            BinaryPrimitives.WriteDoubleLittleEndian(span[8..], point.Lat);
            BinaryPrimitives.WriteDoubleLittleEndian(span[16..], point.UnixSeconds);
            span = span[24..];
        }

        return bytes;
    }

    private static Span<byte> Header(byte[] bytes, uint type)
    {
        bytes[0] = 1;   // little-endian
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(1), type | SridFlag);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(5), Srid);
        return bytes.AsSpan(9);
    }
}
