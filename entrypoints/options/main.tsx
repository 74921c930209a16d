import { mountPage } from '../../components/ui/mount';
import { App } from './App';

mountPage(App, 'options_title');
