/**
 * The pane in Office's theme (File → Account → Office Theme): Word gives the colours of its own
 * panes in `Office.context.officeTheme`, and the pane takes the body colours from it and, on a dark
 * theme (Dark Grey, Black), the dark palette of taskpane.css. Colorful and White stay light.
 */

/** The part of `Office.OfficeTheme` the pane reads; `isDarkTheme` only in newer hosts. */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  isDarkTheme?: boolean;
}

export interface PaneTheme {
  dark: boolean;
  /** CSS custom properties of taskpane.css set from Word's own colours. */
  properties: Record<string, string>;
}

const HEX = /^#?([0-9a-f]{6})$/i;

/** Relative luminance (WCAG) of a `#rrggbb` colour, or null when Word gave something else. */
function luminance(colour: string | undefined): number | null {
  const m = colour ? HEX.exec(colour.trim()) : null;
  if (!m) return null;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const hex = (colour: string) => `#${HEX.exec(colour.trim())![1]!.toLowerCase()}`;

export function paneTheme(theme: OfficeThemeColours | null | undefined): PaneTheme {
  const background = luminance(theme?.bodyBackgroundColor);
  const foreground = luminance(theme?.bodyForegroundColor);
  const dark = theme?.isDarkTheme ?? (background !== null && background < 0.2);
  // Word's colours are used only when they read well together (4.5:1); otherwise the palette's own.
  const readable = background !== null && foreground !== null && (Math.max(background, foreground) + 0.05) / (Math.min(background, foreground) + 0.05) >= 4.5;
  return {
    dark,
    properties: readable
      ? { '--colorNeutralBackground1': hex(theme!.bodyBackgroundColor!), '--colorNeutralForeground1': hex(theme!.bodyForegroundColor!) }
      : {},
  };
}

/** Puts the theme on the page: `data-theme` picks the palette, the properties Word's own colours. */
export function applyPaneTheme(root: HTMLElement, theme: PaneTheme): void {
  root.dataset.theme = theme.dark ? 'dark' : 'light';
  for (const [name, value] of Object.entries(theme.properties)) root.style.setProperty(name, value);
}
