"""resources/smsgate.ico and smsgate.icns: well-formed, complete, up to date with the PNGs.

The headers are parsed here independently of resources/make_icons.py, so a mistake in the
generator is not checked against itself; Qt's own ico/icns readers must decode every entry.
"""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader  # no QApplication needed; conftest sets offscreen

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
ICO = RESOURCES / "smsgate.ico"
ICNS = RESOURCES / "smsgate.icns"
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
ICNS_SIZES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE, "payload is not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def ico_entries(data: bytes) -> list[tuple[int, int, bytes]]:
    """(declared width, declared height, payload) per ICONDIRENTRY, in file order."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1), "not an ICO (ICONDIR reserved 0, type 1)"
    entries, end = [], 6 + 16 * count
    for index in range(count):
        width, height, colours, zero, planes, bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (colours, zero, planes, bpp) == (0, 0, 1, 32)
        assert offset == end, "payloads must follow the directory back to back"
        end = offset + length
        assert end <= len(data)
        entries.append((width or 256, height or 256, data[offset:end]))
    assert end == len(data), "trailing bytes after the last payload"
    return entries


def icns_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """(OSType, payload) per chunk, in file order."""
    magic, total = struct.unpack_from(">4sI", data, 0)
    assert magic == b"icns"
    assert total == len(data), "header length is not the file length"
    chunks, offset = [], 8
    while offset < len(data):
        ostype, length = struct.unpack_from(">4sI", data, offset)
        assert length > 8 and offset + length <= len(data), f"bad length for {ostype!r}"
        chunks.append((ostype, data[offset + 8 : offset + length]))
        offset += length
    assert offset == len(data)
    return chunks


def test_ico_has_every_size_as_a_png_of_its_declared_size():
    entries = ico_entries(ICO.read_bytes())
    assert [width for width, _height, _png in entries] == ICO_SIZES
    for width, height, png in entries:
        assert png_size(png) == (width, height)


def test_icns_has_every_size_as_a_png_of_its_type_size():
    chunks = icns_chunks(ICNS.read_bytes())
    assert [ostype for ostype, _png in chunks] == list(ICNS_SIZES)
    for ostype, png in chunks:
        assert png_size(png) == (ICNS_SIZES[ostype],) * 2, ostype


def test_icons_are_up_to_date_with_the_pngs(tmp_path):
    # A subprocess, not an import: no __pycache__ appears in resources/ (the spec bundles it).
    subprocess.run(
        [sys.executable, str(RESOURCES / "make_icons.py"), "--out-dir", str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    for committed in (ICO, ICNS):
        assert (tmp_path / committed.name).read_bytes() == committed.read_bytes(), (
            f"{committed.name} is stale: run python resources/make_icons.py"
        )


@pytest.mark.parametrize(("path", "sizes"), [(ICO, ICO_SIZES), (ICNS, list(ICNS_SIZES.values()))])
def test_qt_decodes_every_entry_as_the_source_png(path, sizes):
    assert not QImage(str(path)).isNull(), f"Qt cannot read {path.name}"
    reader = QImageReader(str(path))
    assert reader.imageCount() == len(sizes)
    for index, size in enumerate(sizes):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), f"{path.name} entry {index}: {reader.errorString()}"
        source = QImage(str(RESOURCES / f"smsgate-{size}.png"))
        assert image.convertToFormat(source.format()) == source, f"{path.name} {size} px"
