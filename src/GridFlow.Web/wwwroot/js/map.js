// The Leaflet map (JS interop): the region's outlines and grids from /api/regions/{id}/map, each grid filled by its
// open issues on the scale the page hands over (the legend's), or (options.mode 'grade') by its inspector's grade in a
// run with the grade's colour the page hands over (grey without a result), issues as clustered markers with a link to their page.
// Without a tile URL there is no base layer: the shapes draw on a blank background (offline).
import { script, style } from './vendor-loader.js';

async function ready() {
    await Promise.all([style('leaflet/leaflet.css'), style('leaflet.markercluster/MarkerCluster.css'), style('leaflet.markercluster/MarkerCluster.Default.css')]);
    await script('leaflet/leaflet.js');
    await script('leaflet.markercluster/leaflet.markercluster.js');
    window.L.Icon.Default.imagePath = new URL('../vendor/leaflet/images/', import.meta.url).href;
}

function colour(steps, open) {
    let chosen = steps[0].colour;
    for (const step of steps) {
        if (open >= step.from) {
            chosen = step.colour;
        }
    }
    return chosen;
}

// A grid's fill: its grade's colour in grade mode, else its open issues' step.
function fill(options, counts, id) {
    if (options.mode === 'grade') {
        const grade = options.grades?.[id];
        return (grade !== undefined && options.gradeColours?.[grade]) || options.noGrade;
    }
    return colour(options.steps, counts[id] ?? 0);
}

function text(value) {
    const span = document.createElement('span');
    span.textContent = value ?? '';
    return span.innerHTML;
}

export async function render(element, map, counts, points, options, texts) {
    await ready();
    const L = window.L;
    dispose(element);
    const leaflet = L.map(element, { maxZoom: options.maxZoom, zoomSnap: 0.25, attributionControl: true });
    element._gridflowMap = leaflet;
    // A view first: Leaflet draws (and gives elements to) vector layers only on a map that has one.
    if (map.bbox) {
        leaflet.fitBounds([[map.bbox[1], map.bbox[0]], [map.bbox[3], map.bbox[2]]], { padding: [12, 12] });
    } else {
        leaflet.setView([36.45, 115.98], 9);
    }
    if (options.tileUrl) {
        L.tileLayer(options.tileUrl, { maxZoom: options.maxZoom, subdomains: options.subdomains, attribution: options.attribution ?? '' }).addTo(leaflet);
    } else {
        element.classList.add('gf-map-blank');
    }

    const grids = L.geoJSON(null, {
        style: feature => feature.properties.kind === 'grid'
            ? { color: '#546e7a', weight: 0.6, fillColor: fill(options, counts, feature.id), fillOpacity: 0.75 }
            : { color: feature.properties.role === 'self' ? '#1a237e' : '#3949ab', weight: feature.properties.role === 'self' ? 2.5 : 1.5, dashArray: feature.properties.role === 'self' ? null : '4 3', fill: false },
        onEachFeature: (feature, layer) => {
            const p = feature.properties;
            if (p.kind === 'grid') {
                const label = options.mode === 'grade'
                    ? text(options.grades?.[feature.id] ?? texts.noResult)
                    : `${text(texts.open)} ${counts[feature.id] ?? 0}`;
                layer.bindTooltip(`${text(p.name)} · ${label}`, { sticky: true });
            } else {
                layer.bindTooltip(text(p.name), { sticky: true });
            }
        },
    }).addTo(leaflet);
    // Grids first, outlines on top, so each region's edge stays visible over its grids.
    const features = map.features ?? [];
    grids.addData({ type: 'FeatureCollection', features: features.filter(f => f.properties.kind === 'grid') });
    grids.addData({ type: 'FeatureCollection', features: features.filter(f => f.properties.kind !== 'grid') });
    grids.eachLayer(layer => {
        const path = layer.getElement?.();
        if (path) {
            path.setAttribute(layer.feature.properties.kind === 'grid' ? 'data-grid-id' : 'data-region-id', layer.feature.id);
            if (layer.feature.properties.kind === 'grid') {
                path.setAttribute('data-open', String(counts[layer.feature.id] ?? 0));
                path.setAttribute('data-grade', options.grades?.[layer.feature.id] ?? '');
                path.setAttribute('data-colour', fill(options, counts, layer.feature.id));
            }
        }
    });

    const cluster = L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false });
    for (const point of points) {
        const marker = L.marker([point.lat, point.lon], { title: point.code });
        marker.bindPopup(`<a href="/issues/${encodeURIComponent(point.id)}" class="gf-map-issue">${text(point.code)}</a><br>${text(texts.categories[point.category] ?? point.category)} · ${text(texts.statuses[point.status] ?? point.status)}${point.overdue ? ` · <b>${text(texts.overdue)}</b>` : ''}`);
        cluster.addLayer(marker);
    }
    leaflet.addLayer(cluster);

    element.dataset.mapReady = 'true';
    element.dataset.colouring = options.mode ?? 'issues';
    element.dataset.markers = String(points.length);
}

export function dispose(element) {
    if (element?._gridflowMap) {
        element._gridflowMap.remove();
        element._gridflowMap = null;
        delete element.dataset.mapReady;
    }
}
