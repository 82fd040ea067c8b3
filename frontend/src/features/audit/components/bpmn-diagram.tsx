import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './replay-markers.css';

import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { useEffect, useRef, useState } from 'react';

import { markerChanges, type Markers } from '../replay-steps';

/** The parts of diagram-js's services the replay uses. */
interface Canvas {
  addMarker(element: string, marker: string): void;
  removeMarker(element: string, marker: string): void;
  zoom(scale: 'fit-viewport' | number): number;
  scrollToElement(element: string, padding?: number): void;
}
interface ElementRegistry {
  get(id: string): unknown;
}
interface Overlays {
  add(element: string, type: string, overlay: { html: HTMLElement; position: object }): string;
  remove(filter: { type: string }): void;
}

export interface DiagramOverlay {
  elementId: string;
  lines: string[];
}

export interface BpmnDiagramProps {
  xml: string;
  markers: Markers;
  /** What the current step's element says: who did what. */
  overlay?: DiagramOverlay;
  /** The model could not be drawn. */
  onError: (error: unknown) => void;
  label: string;
}

const overlayType = 'replay';
/** A whole chain of levels fitted into the box is too small to read: no smaller than this. */
const readableScale = 0.75;
const noMarkers: Markers = new Map();

function overlayElement(lines: string[]) {
  const box = document.createElement('div');
  box.className = 'replay-overlay';
  for (const line of lines) {
    const row = document.createElement('div');
    row.textContent = line;
    box.append(row);
  }
  return box;
}

/** The deployed model in bpmn-js's viewer (pan and zoom), marked as the replay stands. */
export default function BpmnDiagram({ xml, markers, overlay, onError, label }: BpmnDiagramProps) {
  const container = useRef<HTMLDivElement>(null);
  const viewer = useRef<NavigatedViewer>(null);
  const shown = useRef<Markers>(noMarkers);
  const [drawn, setDrawn] = useState<string>();

  useEffect(() => {
    const created = new NavigatedViewer({ container: container.current ?? undefined });
    viewer.current = created;
    return () => {
      viewer.current = null;
      created.destroy();
    };
  }, []);

  useEffect(() => {
    const current = viewer.current;
    if (!current) {
      return;
    }
    let active = true;
    current
      .importXML(xml)
      .then(() => {
        if (active) {
          const canvas = current.get<Canvas>('canvas', true);
          if (canvas.zoom('fit-viewport') < readableScale) {
            canvas.zoom(readableScale);
          }
          shown.current = noMarkers;
          setDrawn(xml);
        }
      })
      .catch((error: unknown) => {
        if (active) {
          onError(error);
        }
      });
    return () => {
      active = false;
    };
  }, [xml, onError]);

  useEffect(() => {
    const current = viewer.current;
    if (!current || drawn !== xml) {
      return;
    }
    const canvas = current.get<Canvas>('canvas', true);
    const registry = current.get<ElementRegistry>('elementRegistry', true);
    const inModel = ([element]: [string, string]) => registry.get(element) !== undefined;
    const { remove, add } = markerChanges(shown.current, markers);
    remove.filter(inModel).forEach(([element, marker]) => canvas.removeMarker(element, marker));
    add.filter(inModel).forEach(([element, marker]) => canvas.addMarker(element, marker));
    shown.current = markers;

    const overlays = current.get<Overlays>('overlays', true);
    overlays.remove({ type: overlayType });
    if (overlay && registry.get(overlay.elementId)) {
      canvas.scrollToElement(overlay.elementId, 40);
      overlays.add(overlay.elementId, overlayType, {
        html: overlayElement(overlay.lines),
        position: { bottom: -8, left: 0 },
      });
    }
  }, [drawn, xml, markers, overlay]);

  return (
    <div
      ref={container}
      // A figure, not an image: bpmn-js makes its canvas focusable, and an image may hold nothing
      // interactive.
      role="figure"
      aria-label={label}
      style={{ width: '100%', height: 'clamp(320px, 55vh, 560px)' }}
    />
  );
}
