// The admins' grid editor (JS interop): a township's outline and grids from /api/regions/{id}/map, one grid's boundary
// made editable with Geoman (drag its vertices), or a new polygon drawn. Every change hands the polygon's GeoJSON
// geometry to the page, which sends it to the grid API; the server's checks (inside the township, no overlap, valid
// ring) decide, and their messages show on the page.
import { script, style } from './vendor-loader.js';

async function ready() {
    await Promise.all([style('leaflet/leaflet.css'), style('leaflet-geoman/leaflet-geoman.css')]);
    await script('leaflet/leaflet.js');
    await script('leaflet-geoman/leaflet-geoman.min.js');
}

/// A layer's polygon as GeoJSON coordinates, ring closed, longitudes first (WGS-84 as GridFlow stores it).
function geometry(layer) {
    return layer.toGeoJSON().geometry;
}

export async function open(element, map, gridId, options, page, texts) {
    await ready();
    const L = window.L;
    close(element);
    const leaflet = L.map(element, { maxZoom: options.maxZoom, zoomSnap: 0.25 });
    element._gridflowEditor = leaflet;
    if (map.bbox) {
        leaflet.fitBounds([[map.bbox[1], map.bbox[0]], [map.bbox[3], map.bbox[2]]], { padding: [16, 16] });
    } else {
        leaflet.setView([36.45, 115.98], 12);
    }
    if (options.tileUrl) {
        L.tileLayer(options.tileUrl, { maxZoom: options.maxZoom, subdomains: options.subdomains, attribution: options.attribution ?? '' }).addTo(leaflet);
    } else {
        element.classList.add('gf-map-blank');
    }
    if (options.locale) {
        leaflet.pm.setLang(options.locale);
    }

    let editable = null;
    const shapes = L.geoJSON(null, {
        pmIgnore: true,
        style: feature => feature.properties.kind !== 'grid'
            ? { color: '#1a237e', weight: 2.5, fill: false }
            : feature.id === gridId
                ? { color: '#d08a00', weight: 3, fillColor: '#ffe082', fillOpacity: 0.45 }
                : { color: '#546e7a', weight: 1, fillColor: '#cfd8dc', fillOpacity: 0.35 },
        onEachFeature: (feature, layer) => layer.bindTooltip(feature.properties.name ?? '', { sticky: true }),
    }).addTo(leaflet);
    const features = map.features ?? [];
    for (const feature of features) {
        if (feature.properties.kind === 'grid' && feature.id === gridId) {
            // The grid being edited is a layer of its own, the only one Geoman may change.
            editable = L.geoJSON(feature, { style: () => ({ color: '#d08a00', weight: 3, fillColor: '#ffe082', fillOpacity: 0.45 }) })
                .getLayers()[0].addTo(leaflet);
        } else {
            shapes.addData(feature);
        }
    }

    const changed = layer => page.invokeMethodAsync('BoundaryChanged', geometry(layer));
    if (editable) {
        editable.pm.enable({ allowSelfIntersection: false });
        editable.on('pm:edit', () => changed(editable));
        editable.on('pm:markerdragend', () => changed(editable));
    } else {
        leaflet.pm.addControls({ position: 'topleft', drawMarker: false, drawCircleMarker: false, drawPolyline: false, drawRectangle: true,
            drawCircle: false, drawText: false, cutPolygon: false, rotateMode: false, dragMode: false, removalMode: true, editMode: true });
        leaflet.on('pm:create', event => {
            // One polygon per new grid: a second drawing replaces the first.
            if (editable && editable !== event.layer) {
                editable.remove();
            }
            editable = event.layer;
            editable.on('pm:edit', () => changed(editable));
            changed(editable);
        });
        leaflet.on('pm:remove', () => { editable = null; page.invokeMethodAsync('BoundaryChanged', null); });
    }
    element.dataset.editorReady = 'true';
}

export function close(element) {
    if (element?._gridflowEditor) {
        element._gridflowEditor.remove();
        element._gridflowEditor = null;
        delete element.dataset.editorReady;
    }
}
