/**
 * The "map" section: the Tiled map a file names must be one Tiled saves as JSON, which is all
 * that can be read; the map's contents are checked where it is read (`tiled.ts`).
 */
import { quote, type Path } from '../../format';
import type { Checker } from '../checker';

export function checkTiledFile(c: Checker, file: string | undefined): void {
  if (file === undefined) return;
  const at: Path = ['map', 'tiled', 'file'];
  if (/\.tmx$/i.test(file)) {
    c.error(
      at,
      "a .tmx map is in Tiled's XML format, which cannot be read; only Tiled's JSON format can",
      'in Tiled, use File > Export As, choose "JSON map files (*.tmj *.json)", and name the .tmj file here',
    );
  } else if (!/\.(tmj|json)$/i.test(file)) {
    c.warn(
      at,
      `${quote(file)} does not end in .tmj or .json, the names of Tiled's JSON maps`,
      'name the Tiled map saved as JSON',
    );
  }
}
