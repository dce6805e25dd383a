fn main() {
    println!("shipping");
}
