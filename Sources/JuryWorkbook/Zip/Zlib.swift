import CZlib

/// Raw deflate in and out, and CRC-32, through the system zlib (the zip container's codecs).
enum Zlib {
    /// Why zlib refused: corrupt data, or output past the limit the caller set.
    enum Problem: Error, Equatable {
        case corrupt(String)
        case tooLarge
    }

    /// Inflates raw deflate `input`, refusing as soon as the output would pass `limit` bytes: the
    /// sizes a zip declares are only claims, and a bomb lies about them.
    static func inflate(_ input: ArraySlice<UInt8>, limit: Int) throws(Problem) -> [UInt8] {
        var stream = z_stream()
        guard jd_inflate_init_raw(&stream) == Z_OK else { throw .corrupt("inflateInit2") }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        let chunk = 256 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        var status: Int32 = Z_OK
        var failure: Problem?
        input.withUnsafeBufferPointer { inBuf in
            // zlib never writes through next_in; the pointer type is a C API legacy.
            stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            stream.avail_in = uInt(inBuf.count)
            repeat {
                let produced: Int = buffer.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = uInt(chunk)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return chunk - Int(stream.avail_out)
                }
                if status != Z_OK && status != Z_STREAM_END {
                    failure = .corrupt(stream.msg.map { String(cString: $0) } ?? "inflate \(status)")
                    return
                }
                if output.count + produced > limit {
                    failure = .tooLarge
                    return
                }
                output.append(contentsOf: buffer[0..<produced])
                // Z_OK with nothing produced and nothing left to read: the stream ended early.
                if status == Z_OK && produced == 0 && stream.avail_in == 0 {
                    failure = .corrupt("unexpected end of deflate data")
                    return
                }
            } while status != Z_STREAM_END
        }
        if let failure { throw failure }
        return output
    }

    /// Raw deflate of `input` at the default level.
    static func deflate(_ input: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard jd_deflate_init_raw(&stream, Z_DEFAULT_COMPRESSION) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(input.count)))
        var output = [UInt8](repeating: 0, count: bound)
        var produced = 0
        input.withUnsafeBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
                stream.avail_in = uInt(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = uInt(bound)
                // deflateBound guarantees one Z_FINISH call suffices.
                _ = CZlib.deflate(&stream, Z_FINISH)
                produced = bound - Int(stream.avail_out)
            }
        }
        return Array(output[0..<produced])
    }

    /// The CRC-32 a zip entry records.
    static func crc32(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.withUnsafeBufferPointer { buf in
            UInt32(CZlib.crc32(0, buf.baseAddress, uInt(buf.count)))
        }
    }
}
