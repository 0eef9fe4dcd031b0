//! Copies the word lists of `data/` into `OUT_DIR` without their comment
//! lines and blank lines: the headers document each list in the repository
//! (source, license, how to regenerate), and the build (above all the
//! page's wasm) ships only the entries. Nothing is downloaded.

use std::path::Path;
use std::{env, fs};

fn copy_lists(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).expect("data directory") {
        let path = entry.expect("data entry").path();
        let target = to.join(path.file_name().expect("file name"));
        if path.is_dir() {
            fs::create_dir_all(&target).expect("OUT_DIR subdirectory");
            copy_lists(&path, &target);
        } else if path.extension().is_some_and(|e| e == "txt") {
            let text = fs::read_to_string(&path).expect("data list is UTF-8");
            // the same lines `entity::gazetteer::entries` skips
            let kept: String = text
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
                .map(|l| format!("{l}\n"))
                .collect();
            fs::write(&target, kept).expect("write stripped list");
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=data");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("data");
    fs::create_dir_all(&out).expect("OUT_DIR/data");
    copy_lists(Path::new("data"), &out);
}
