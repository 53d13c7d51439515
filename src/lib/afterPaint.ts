// Scripts a page runs only once it has painted. The open-now lines of an office list without the open-now
// toggle (src/components/directory/OfficeStatusScript.astro: the check's answer, a programme page) show below
// the first screen or only in an answer, and stay hidden until their script runs: the page paints without
// them, and their script is not part of the first round trip (src/lib/budgets.ts). The bundler writes such a
// script to a file of its own (astro.config.mjs), and each built page gets, in its place, a small inline script
// that imports that file once the page has painted. Nothing about the reader decides whether it loads.

/** The built files of the scripts that wait for the first paint, by their address. */
export const afterPaintScript = /^\/_astro\/OfficeStatusScript\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;

/**
 * The inline module that imports `src` once the page has painted (the "paint" entries of the Paint Timing API;
 * where a browser has none, after the next frame).
 */
export function afterPaintLoader(src: string): string {
  return (
    `const load=()=>import(${JSON.stringify(src)});` +
    `PerformanceObserver.supportedEntryTypes?.includes("paint")` +
    `?new PerformanceObserver((_,o)=>{o.disconnect();load()}).observe({type:"paint",buffered:!0})` +
    `:requestAnimationFrame(()=>setTimeout(load))`
  );
}

const linkedModule = /<script type="module" src="([^"]+)"><\/script>/g;

/** A built page whose after-paint scripts are imported once it has painted, not linked. */
export function withScriptsAfterPaint(html: string): string {
  return html.replace(linkedModule, (tag, src: string) =>
    afterPaintScript.test(src) ? `<script type="module">${afterPaintLoader(src)}</script>` : tag,
  );
}

/** The after-paint scripts a finished page imports, by their address. */
export function scriptsAfterPaint(html: string): string[] {
  return [...html.matchAll(/<script type="module">const load=\(\)=>import\("([^"]+)"\)/g)]
    .map((match) => match[1]!)
    .filter((src) => afterPaintScript.test(src));
}
