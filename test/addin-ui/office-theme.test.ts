import { describe, expect, it } from 'vitest';
import { paneTheme } from '../../word-addin/src/office-theme.ts';

describe("the pane's theme from Office's", () => {
  it("takes Word's body colours and is dark on a dark background", () => {
    expect(paneTheme({ bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF' })).toEqual({
      dark: true,
      properties: { '--colorNeutralBackground1': '#262626', '--colorNeutralForeground1': '#ffffff' },
    });
    expect(paneTheme({ bodyBackgroundColor: '#E6E6E6', bodyForegroundColor: '#262626' }).dark).toBe(false);
  });

  it("believes the host's isDarkTheme over the colours", () => {
    expect(paneTheme({ bodyBackgroundColor: '#E6E6E6', bodyForegroundColor: '#262626', isDarkTheme: true }).dark).toBe(true);
  });

  it('keeps its own palette when Word gives nothing, something else than #rrggbb, or colours that do not read together', () => {
    const light = { dark: false, properties: {} };
    expect(paneTheme(undefined)).toEqual(light);
    expect(paneTheme({ bodyBackgroundColor: 'Canvas', bodyForegroundColor: 'CanvasText' })).toEqual(light);
    expect(paneTheme({ bodyBackgroundColor: '#777777', bodyForegroundColor: '#888888' }).properties).toEqual({});
  });
});
