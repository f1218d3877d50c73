// Loads the vendored browser libraries (wwwroot/vendor/, copied from npm at build time) once per page, on demand:
// only the pages with a chart or a map pay for them.
const base = new URL('../vendor/', import.meta.url);
const loaded = new Map();

function load(path, make) {
    if (!loaded.has(path)) {
        loaded.set(path, new Promise((resolve, reject) => {
            const element = make(new URL(path, base).href);
            element.onload = () => resolve();
            element.onerror = () => reject(new Error(`GridFlow could not load ${path}`));
            document.head.appendChild(element);
        }));
    }
    return loaded.get(path);
}

export function script(path) {
    return load(path, src => Object.assign(document.createElement('script'), { src }));
}

export function style(path) {
    return load(path, href => Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
}
