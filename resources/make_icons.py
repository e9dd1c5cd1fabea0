"""Write smsgate.ico (Windows) and smsgate.icns (macOS) from the smsgate-<size>.png files.

Both formats are containers in which an entry may be a complete PNG file: ICO since Windows
Vista (ICONDIR + one ICONDIRENTRY per image; a width/height byte of 0 means 256), ICNS with
the PNG types icp4/icp5/icp6 (16/32/64 px, Mac OS X 10.7) and ic07/ic08/ic09 (128/256/512 px).
So the PNGs already rendered from smsgate.svg go in unchanged: no image library, no resampling,
no BMP or ARGB encoding, and the output depends only on the PNG bytes. That keeps the script
stdlib-only and runnable on any system (Windows' and macOS' own tools are not needed), and the
result byte-for-byte reproducible: tests/packaging/test_icons.py regenerates both files and
fails when the committed ones differ.

Regenerate after changing the PNGs (from the repository root; overwrites both files):

    python resources/make_icons.py

then commit resources/smsgate.ico and resources/smsgate.icns with the PNGs.
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path
from typing import Final

HERE: Final = Path(__file__).resolve().parent
ICO_NAME: Final = "smsgate.ico"
ICNS_NAME: Final = "smsgate.icns"
ICO_SIZES: Final = (16, 24, 32, 48, 64, 128, 256)
# OSType -> pixel size; every one of these types holds PNG (or JPEG 2000) data.
ICNS_TYPES: Final = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
)
PNG_SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"
# IHDR colour type -> samples per pixel (for the ICO entry's informational bit count).
PNG_CHANNELS: Final = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def png_header(data: bytes) -> tuple[int, int, int]:
    """(width, height, bits per pixel) from a PNG's IHDR chunk; ValueError if not a PNG."""
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file (signature or IHDR missing)")
    width, height, depth, colour_type = struct.unpack(">IIBB", data[16:26])
    if colour_type not in PNG_CHANNELS:
        raise ValueError(f"PNG colour type {colour_type} is invalid")
    return width, height, depth * PNG_CHANNELS[colour_type]


def read_pngs(folder: Path, sizes: set[int]) -> dict[int, bytes]:
    """smsgate-<size>.png for each size, checked to be that many pixels square."""
    pngs = {}
    for size in sorted(sizes):
        path = folder / f"smsgate-{size}.png"
        data = path.read_bytes()
        width, height, _bpp = png_header(data)
        if (width, height) != (size, size):
            raise ValueError(f"{path} is {width}x{height}, expected {size}x{size}")
        pngs[size] = data
    return pngs


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR (reserved 0, type 1 = icon, count), the entries, then the PNGs in that order."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, images = [], []
    for size in ICO_SIZES:
        data = pngs[size]
        _w, _h, bpp = png_header(data)
        side = 0 if size == 256 else size  # a byte: 0 stands for 256
        # width, height, palette colours (0: none), reserved, planes, bit count, size, offset
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, bpp, len(data), offset))
        images.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(images)


def build_icns(pngs: dict[int, bytes]) -> bytes:
    """b'icns' + total length, then per image: OSType + length (counting its 8 bytes) + PNG.

    Lengths are big-endian 32-bit.
    """
    chunks = b"".join(
        ostype + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for ostype, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--png-dir", type=Path, default=HERE, help="where the PNGs are (default: %(default)s)"
    )
    parser.add_argument(
        "--out-dir", type=Path, default=HERE, help="where to write (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    pngs = read_pngs(args.png_dir, set(ICO_SIZES) | {size for _type, size in ICNS_TYPES})
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name, data in ((ICO_NAME, build_ico(pngs)), (ICNS_NAME, build_icns(pngs))):
        (args.out_dir / name).write_bytes(data)
        print(f"wrote {args.out_dir / name} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
