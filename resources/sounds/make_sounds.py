"""Writes the desk's two signals into src/mandrivna/sounds (stdlib only, run once by hand):
success.wav, a short rising two-note chime, and error.wav, a low double buzz. 16-bit mono,
22.05 kHz, a few kilobytes each."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
TARGET = Path(__file__).resolve().parents[2] / "src" / "mandrivna" / "sounds"


def tone(freq: float, seconds: float, volume: float = 0.35, square: bool = False) -> list[int]:
    count = int(RATE * seconds)
    fade = int(RATE * 0.01)
    out = []
    for n in range(count):
        wave_value = math.sin(2 * math.pi * freq * n / RATE)
        if square:
            wave_value = 0.6 if wave_value >= 0 else -0.6
        edge = min(1.0, n / fade, (count - n) / fade)
        out.append(int(32767 * volume * edge * wave_value))
    return out


def silence(seconds: float) -> list[int]:
    return [0] * int(RATE * seconds)


def write(name: str, samples: list[int]) -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    with wave.open(str(TARGET / name), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))


if __name__ == "__main__":
    write("success.wav", tone(880, 0.07) + tone(1320, 0.09))
    write("error.wav", tone(220, 0.12, square=True) + silence(0.05) + tone(220, 0.12, square=True))
