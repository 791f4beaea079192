//! The one way the program reads a file it is given: only a regular file (a FIFO, a device or a
//! folder is refused before it is opened, so nothing blocks for ever or reads without end), and
//! at most a given number of bytes.

use std::io::Read;
use std::path::Path;

/// Why a file was not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// The file could not be read.
    #[error("{0}")]
    Io(String),
    /// Not a regular file (a folder, a FIFO, a device): refused before opening.
    #[error("it is {0}, not a regular file")]
    NotAFile(&'static str),
    /// Larger than the limit.
    #[error("the file is larger than {0}")]
    TooLarge(String),
}

fn kind(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_dir() {
        "a folder"
    } else if t.is_fifo() {
        "a FIFO"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "not a file"
    }
}

fn human(limit: u64) -> String {
    if limit >= 1024 * 1024 && limit.is_multiple_of(1024 * 1024) {
        format!("{} MiB", limit / (1024 * 1024))
    } else if limit >= 1024 && limit.is_multiple_of(1024) {
        format!("{} KiB", limit / 1024)
    } else {
        format!("{limit} bytes")
    }
}

/// Reads at most `limit` bytes of the regular file at `path` (following a symlink to one).
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let meta = std::fs::metadata(path).map_err(|e| ReadError::Io(e.to_string()))?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile(kind(&meta)));
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge(human(limit)));
    }
    let file = std::fs::File::open(path).map_err(|e| ReadError::Io(e.to_string()))?;
    // The file may have been replaced between the look and the open.
    let meta = file.metadata().map_err(|e| ReadError::Io(e.to_string()))?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile(kind(&meta)));
    }
    let mut bytes = Vec::with_capacity(meta.len().min(limit) as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::Io(e.to_string()))?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(human(limit)));
    }
    Ok(bytes)
}

/// Reads a UTF-8 text file of at most `limit` bytes (a byte-order mark is dropped).
pub fn read_text(path: &Path, limit: u64) -> Result<String, ReadError> {
    let bytes = read_bounded(path, limit)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        ReadError::Io(format!(
            "the file is not UTF-8 text (byte {})",
            e.utf8_error().valid_up_to()
        ))
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_and_a_device_are_refused_and_a_limit_holds() {
        assert_eq!(
            read_bounded(Path::new("/"), 10),
            Err(ReadError::NotAFile("a folder"))
        );
        assert_eq!(
            read_bounded(Path::new("/dev/zero"), 10),
            Err(ReadError::NotAFile("a device"))
        );
        let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
        assert!(matches!(
            read_bounded(&lib, 10),
            Err(ReadError::TooLarge(_))
        ));
        assert!(read_bounded(&lib, 1 << 20).is_ok());
    }
}
