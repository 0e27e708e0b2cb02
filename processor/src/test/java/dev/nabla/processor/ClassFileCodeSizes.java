package dev.nabla.processor;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the bytecode length of every method in a class file (JVMS §4.7.3), to check HotSpot's 8,000-byte limit. */
public final class ClassFileCodeSizes {
  private ClassFileCodeSizes() {}

  /** Method name and descriptor → length of its bytecode. */
  public static Map<String, Integer> of(Path classFile) throws IOException {
    try (InputStream in = Files.newInputStream(classFile); DataInputStream data = new DataInputStream(in)) {
      data.readInt();
      data.readUnsignedShort();
      data.readUnsignedShort();
      int count = data.readUnsignedShort();
      String[] utf8 = new String[count];
      for (int i = 1; i < count; i++) {
        int tag = data.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = data.readUTF();
          case 3, 4 -> data.readInt();
          case 5, 6 -> {
            data.readLong();
            i++;
          }
          case 7, 8, 16, 19, 20 -> data.readUnsignedShort();
          case 9, 10, 11, 12, 17, 18 -> data.readInt();
          case 15 -> {
            data.readUnsignedByte();
            data.readUnsignedShort();
          }
          default -> throw new IOException("unknown constant tag " + tag);
        }
      }
      data.readUnsignedShort();
      data.readUnsignedShort();
      data.readUnsignedShort();
      data.skipBytes(2 * data.readUnsignedShort());
      int fields = data.readUnsignedShort();
      for (int f = 0; f < fields; f++) {
        data.skipBytes(6);
        skipAttributes(data);
      }
      Map<String, Integer> sizes = new LinkedHashMap<>();
      int methods = data.readUnsignedShort();
      for (int m = 0; m < methods; m++) {
        data.readUnsignedShort();
        String name = utf8[data.readUnsignedShort()] + utf8[data.readUnsignedShort()];
        int attributes = data.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
          String attribute = utf8[data.readUnsignedShort()];
          int length = data.readInt();
          if (attribute.equals("Code")) {
            data.skipBytes(4);
            int codeLength = data.readInt();
            sizes.put(name, codeLength);
            data.skipBytes(length - 8);
          } else {
            data.skipBytes(length);
          }
        }
      }
      return sizes;
    }
  }

  private static void skipAttributes(DataInputStream data) throws IOException {
    int n = data.readUnsignedShort();
    for (int i = 0; i < n; i++) {
      data.readUnsignedShort();
      data.skipBytes(data.readInt());
    }
  }
}
