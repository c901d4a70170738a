"""Printed documents made with Qt's PDF writer: reader cards and parcel packing lists."""
