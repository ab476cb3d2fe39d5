// OpenCC's dictionaries, which opencc-js ships as modules exporting one string each (not typed).
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
